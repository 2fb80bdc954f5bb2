import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { perDatabase, reuseStatements, type Db } from './client';

let sqlite: Database.Database;
afterEach(() => sqlite.close());

function open(max?: number) {
	sqlite = new Database(':memory:');
	reuseStatements(sqlite, max);
	sqlite.exec('create table t (id integer primary key, name text)');
	sqlite.prepare('insert into t (name) values (?), (?), (?)').run('a', 'b', 'c');
	return sqlite;
}

describe('statement reuse', () => {
	it('gives the same statement back for the same SQL, reset to return objects', () => {
		const db = open();
		const first = db.prepare('select id, name from t where id = ?');
		expect(first.raw().get(1)).toEqual([1, 'a']);
		const again = db.prepare('select id, name from t where id = ?');
		expect(again).toBe(first);
		expect(again.get(2)).toEqual({ id: 2, name: 'b' });
		expect(db.prepare('select name from t order by id').pluck().all()).toEqual(['a', 'b', 'c']);
		expect(db.prepare('select name from t order by id').all()).toEqual([
			{ name: 'a' },
			{ name: 'b' },
			{ name: 'c' }
		]);
	});

	it('never hands out a statement that is still being iterated', () => {
		const db = open();
		const sql = 'select id from t order by id';
		const busy = db.prepare(sql);
		const rows = busy.iterate() as IterableIterator<{ id: number }>;
		expect(rows.next().value).toEqual({ id: 1 });
		const other = db.prepare(sql);
		expect(other).not.toBe(busy);
		expect(other.all()).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
		rows.return?.();
		expect(db.prepare(sql)).toBe(busy);
	});

	it('keeps at most max statements', () => {
		const db = open(2);
		const a = db.prepare('select 1');
		db.prepare('select 2');
		db.prepare('select 3');
		expect(db.prepare('select 1')).not.toBe(a);
	});
});

describe('state per database', () => {
	it('builds once per database, keeps databases apart, and builds again after forget', () => {
		let built = 0;
		const state = perDatabase(() => ({ n: ++built }));
		const a = {} as Db;
		const b = {} as Db;
		expect(state(a)).toBe(state(a));
		expect(state(b).n).toBe(2);
		state.forget(a);
		expect(state(a).n).toBe(3);
	});
});
