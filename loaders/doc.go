// Package loaders owns getting articles in: the input formats (subpackage
// input, html) and the extraction pipeline (subpackages doc, segment,
// quotes, attrib, noncomment, entity, event, pipeline), each a small stage
// over one doc.Document; vocab gives the words the stages look up token by
// token one shared id, which segment fills in once (doc.View.Word).
package loaders
