package graph

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"github.com/lib/pq"

	"github.com/claimgraph/claimgraph/schema"
)

// pgIndex keeps the claim index in a table of the PostgreSQL store; the
// writer updates it in the transaction that writes the quads.
type pgIndex struct{ db *sql.DB }

// pgIndexSchema creates the index's tables when missing. The primary key
// is the order stored queries read in.
const pgIndexSchema = `
CREATE TABLE IF NOT EXISTS cg_claim_index (
	kind TEXT NOT NULL, node TEXT NOT NULL, skey TEXT COLLATE "C" NOT NULL,
	act TEXT NOT NULL, claim TEXT NOT NULL, article TEXT NOT NULL,
	PRIMARY KEY (kind, node, skey));
CREATE INDEX IF NOT EXISTS cg_claim_index_article ON cg_claim_index (article);
CREATE TABLE IF NOT EXISTS cg_claim_index_meta (key TEXT PRIMARY KEY);
ALTER TABLE cg_claim_index ADD COLUMN IF NOT EXISTS extra TEXT NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS cg_quote_words (
	word TEXT COLLATE "C" NOT NULL, quotation TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (word, quotation));`

// Two loaders opening a new database at once would race on CREATE
// TABLE IF NOT EXISTS (a duplicate pg_type row): a lock makes them take
// turns.
func (p pgIndex) create(ctx context.Context) error {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("creating the claim index table: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, pgIndexLock); err != nil {
		return fmt.Errorf("waiting for another process creating the claim index table: %w", err)
	}
	if _, err := tx.ExecContext(ctx, pgIndexSchema); err != nil {
		return fmt.Errorf("creating the claim index table: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("creating the claim index table: %w", err)
	}
	return nil
}

// pgIndexLock is the advisory lock key for creating the index's tables.
const pgIndexLock = 0x636c6169 // "clai"

// replaceTx is replace inside the writer's transaction.
func (p pgIndex) replaceTx(ctx context.Context, tx *sql.Tx, articles []string, adds []indexEntry) error {
	adds, words := splitWordEntries(adds)
	if err := putWordsTx(ctx, tx, words); err != nil {
		return err
	}
	if len(articles) > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM cg_claim_index WHERE article = ANY($1)`, pq.Array(articles)); err != nil {
			return fmt.Errorf("dropping the replaced articles' claim index entries: %w", err)
		}
	}
	if len(adds) == 0 {
		return nil
	}
	// One claim about the same node twice gives one key: COPY would
	// refuse the second.
	seen := make(map[string]bool, len(adds))
	uniq := adds[:0:0]
	for _, e := range adds {
		if k := string(mainKey(e)); !seen[k] {
			seen[k] = true
			uniq = append(uniq, e)
		}
	}
	return copyRows(ctx, tx, "cg_claim_index", []string{"kind", "node", "skey", "act", "claim", "article", "extra"}, len(uniq), func(i int) []any {
		e := uniq[i]
		return []any{e.Kind, e.Node, e.sortKey(), e.Act, e.Claim, e.Article, e.Extra}
	})
}

func (p pgIndex) replace(ctx context.Context, articles []string, adds []indexEntry, token string) error {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if err := p.replaceTx(ctx, tx, articles, adds); err != nil {
		return err
	}
	return tx.Commit()
}

func (p pgIndex) scan(ctx context.Context, kind, node, from string, fn func(indexEntry) bool) error {
	return p.merge(ctx, [][2]string{{kind, node}}, from, nil, fn)
}

// merge reads several lists in one statement, in order.
func (p pgIndex) merge(ctx context.Context, lists [][2]string, from string, light func() bool, fn func(indexEntry) bool) error {
	if len(lists) == 0 {
		return nil
	}
	kinds, nodes := make([]string, len(lists)), make([]string, len(lists))
	for i, l := range lists {
		kinds[i], nodes[i] = l[0], l[1]
	}
	q := `SELECT kind, node, skey, act, claim, extra FROM cg_claim_index
		WHERE kind = $1 AND node = $2 AND skey >= $3 ORDER BY skey, claim`
	args := []any{kinds[0], nodes[0], from}
	if len(lists) > 1 {
		q = `SELECT i.kind, i.node, i.skey, i.act, i.claim, i.extra FROM cg_claim_index i
			JOIN unnest($1::text[], $2::text[]) AS l(kind, node) ON i.kind = l.kind AND i.node = l.node
			WHERE i.skey >= $3 ORDER BY i.skey, i.claim`
		args = []any{pq.Array(kinds), pq.Array(nodes), from}
	}
	rows, err := p.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	lastKey, lastClaim := "", ""
	for rows.Next() {
		var kind, node, sk, act, claim, extra string
		if err := rows.Scan(&kind, &node, &sk, &act, &claim, &extra); err != nil {
			return err
		}
		if sk == lastKey && claim == lastClaim {
			continue // the same claim in two lists
		}
		lastKey, lastClaim = sk, claim
		if !fn(decodeEntry(kind, node, []byte(sk), []byte(act+"\x00"+claim+"\x00"+extra))) {
			return nil
		}
	}
	return rows.Err()
}

func (p pgIndex) ready(ctx context.Context) (bool, error) {
	var n int
	err := p.db.QueryRowContext(ctx, `SELECT count(*) FROM cg_claim_index_meta WHERE key = $1`, "ready:"+indexVersion).Scan(&n)
	return n > 0, err
}

func (p pgIndex) reset(ctx context.Context) error {
	_, err := p.db.ExecContext(ctx, `TRUNCATE cg_claim_index, cg_quote_words; DELETE FROM cg_claim_index_meta`)
	return err
}

func (p pgIndex) markReady(ctx context.Context) error {
	_, err := p.db.ExecContext(ctx, `INSERT INTO cg_claim_index_meta (key) VALUES ($1) ON CONFLICT DO NOTHING`, "ready:"+indexVersion)
	return err
}

// The index is written in the quads' own transaction: no write misses it.
func (p pgIndex) missed(ctx context.Context, tokens []string) (bool, error) { return false, nil }
func (p pgIndex) forget(ctx context.Context, tokens []string) error         { return nil }

// indexTx updates the claim index for a batch inside the writer's
// transaction.
func (w *pgWriter) indexTx(ctx context.Context, tx *sql.Tx, batch []schema.Bundle) error {
	arts := make([]string, 0, len(batch))
	var adds []indexEntry
	for _, b := range batch {
		arts = append(arts, b.Article.String())
		adds = append(adds, indexEntries(b.Owned)...)
		adds = append(adds, quotationKeyEntries(&b)...)
	}
	if err := w.index.replaceTx(ctx, tx, arts, adds); err != nil {
		return fmt.Errorf("updating the claim index of the postgres store: %w", err)
	}
	return nil
}

// putWordsTx adds word-index keys, in order (two loaders adding the same
// keys then wait for each other rather than deadlock).
func putWordsTx(ctx context.Context, tx *sql.Tx, words []indexEntry) error {
	if len(words) == 0 {
		return nil
	}
	seen := make(map[string]bool, len(words))
	var ks []string
	for _, e := range words {
		if k := wordKey(e.Node, e.Claim); !seen[k] {
			seen[k] = true
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	ws, qs := make([]string, len(ks)), make([]string, len(ks))
	for i, k := range ks {
		ws[i], qs[i], _ = strings.Cut(k, "\x00")
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO cg_quote_words (word, quotation)
		SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`, pq.Array(ws), pq.Array(qs))
	if err != nil {
		return fmt.Errorf("adding to the quotations' word index: %w", err)
	}
	return nil
}

func (p pgIndex) quotationKeys(ctx context.Context, fn func(key, quotation string) bool) error {
	// The words are COLLATE "C": the keys are the range from "qk:" up to
	// the next prefix, "qk;".
	rows, err := p.db.QueryContext(ctx, `SELECT word, quotation FROM cg_quote_words
		WHERE word >= $1 AND word < $2 ORDER BY word, quotation`, keyPrefix, keyPrefix[:len(keyPrefix)-1]+";")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k, q string
		if err := rows.Scan(&k, &q); err != nil {
			return err
		}
		if !fn(k, q) {
			return nil
		}
	}
	return rows.Err()
}

func (p pgIndex) words(ctx context.Context, word string, fn func(string) bool) error {
	rows, err := p.db.QueryContext(ctx, `SELECT quotation FROM cg_quote_words WHERE word = $1 ORDER BY quotation`, word)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var q string
		if err := rows.Scan(&q); err != nil {
			return err
		}
		if !fn(q) {
			return nil
		}
	}
	return rows.Err()
}

func (p pgIndex) hasWord(ctx context.Context, word string, quotations []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(quotations) == 0 {
		return out, nil
	}
	rows, err := p.db.QueryContext(ctx, `SELECT quotation FROM cg_quote_words WHERE word = $1 AND quotation = ANY($2)`, word, pq.Array(quotations))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var q string
		if err := rows.Scan(&q); err != nil {
			return nil, err
		}
		out[q] = true
	}
	return out, rows.Err()
}

// sync diffs the lists of kinds against want in one transaction.
func (p pgIndex) sync(ctx context.Context, kinds []string, want []indexEntry) error {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	wanted := make(map[[3]string]indexEntry, len(want))
	for _, e := range want {
		wanted[[3]string{e.Kind, e.Node, e.sortKey()}] = e
	}
	rows, err := tx.QueryContext(ctx, `SELECT kind, node, skey, act, claim, extra FROM cg_claim_index WHERE kind = ANY($1)`, pq.Array(kinds))
	if err != nil {
		return err
	}
	var dk, dn, ds []string
	for rows.Next() {
		var k [3]string
		var act, claim, extra string
		if err := rows.Scan(&k[0], &k[1], &k[2], &act, &claim, &extra); err != nil {
			rows.Close()
			return err
		}
		if e, ok := wanted[k]; ok && e.Act == act && e.Claim == claim && e.Extra == extra {
			delete(wanted, k)
			continue
		}
		dk, dn, ds = append(dk, k[0]), append(dn, k[1]), append(ds, k[2])
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(dk) > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM cg_claim_index i USING unnest($1::text[], $2::text[], $3::text[]) AS d(kind, node, skey)
			WHERE i.kind = d.kind AND i.node = d.node AND i.skey = d.skey`, pq.Array(dk), pq.Array(dn), pq.Array(ds)); err != nil {
			return err
		}
	}
	adds := make([]indexEntry, 0, len(wanted))
	for _, e := range wanted {
		adds = append(adds, e)
	}
	if err := copyRows(ctx, tx, "cg_claim_index", []string{"kind", "node", "skey", "act", "claim", "article", "extra"}, len(adds), func(i int) []any {
		e := adds[i]
		return []any{e.Kind, e.Node, e.sortKey(), e.Act, e.Claim, "", e.Extra}
	}); err != nil {
		return err
	}
	return tx.Commit()
}
