import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../action/errors.js";
import {
  buildGraph,
  destructiveOperations,
  functionBody,
  type MigrationInfo,
  migrationsBetween,
  parseMigrationFile,
  parseRevisionValue,
  readGraph,
} from "./graph.js";

const exampleDb = fileURLToPath(new URL("../../../../examples/stack/db", import.meta.url));

const node = (revision: string, down: string[], drops: string[] = []): MigrationInfo => ({
  revision,
  downRevisions: down,
  file: `${revision}.py`,
  destructiveDowngrade: drops,
  destructiveUpgrade: [],
});

describe("parsing migration files", () => {
  it.each([
    ['"0002"', ["0002"]],
    ["'abc123'  # parent", ["abc123"]],
    ["None", []],
    ['("a1", "b2")', ["a1", "b2"]],
    ["['a1', 'b2']", ["a1", "b2"]],
  ])("down_revision = %s", (text, revisions) => {
    expect(parseRevisionValue(text)).toEqual(revisions);
  });

  it("reads revision, parents, message, the downgrade's drops and the upgrade's drops (typed assignments too)", () => {
    const source = [
      '"""add fees',
      "",
      "Revision ID: 0004",
      '"""',
      "from alembic import op",
      'revision: str = "0004"',
      'down_revision: Union[str, None] = "0003"',
      "",
      "def upgrade() -> None:",
      '    op.drop_table("not_this_one")',
      "",
      "def downgrade() -> None:",
      '    # op.drop_table("commented_out")',
      '    op.drop_column("orders", "fee")',
      '    with op.batch_alter_table("orders") as batch_op:',
      '        batch_op.drop_column("fee_currency")',
      '    op.drop_table("fees")',
      '    op.execute("DELETE FROM audit WHERE 1")',
      "",
      "def helper():",
      '    op.drop_table("helper_table")',
    ].join("\n");
    expect(parseMigrationFile("/v/0004.py", source)).toEqual({
      revision: "0004",
      downRevisions: ["0003"],
      file: "/v/0004.py",
      message: "add fees",
      destructiveDowngrade: [
        "drop_table fees",
        "drop_column orders.fee",
        "drop_column orders.fee_currency",
        "delete from audit",
      ],
      destructiveUpgrade: ["drop_table not_this_one"],
    });
  });

  it("a downgrade that only adds or drops an index is not destructive", () => {
    const body = functionBody(
      'def downgrade():\n    op.drop_index("ix_a", table_name="a")\n    op.add_column("a", sa.Column("x"))\n',
      "downgrade",
    );
    expect(destructiveOperations(body ?? "")).toEqual([]);
  });

  it("raw SQL drops count", () => {
    expect(
      destructiveOperations(
        '    op.execute("DROP TABLE IF EXISTS legacy")\n    op.execute("ALTER TABLE t DROP COLUMN c")',
      ),
    ).toEqual(["drop_column t.c", "drop_table legacy"]);
    expect(
      destructiveOperations(
        '    op.execute("ALTER TABLE t DROP CONSTRAINT fk_x")\n    op.execute("DROP COLUMN c")',
      ),
    ).toEqual(["drop_column c"]);
  });

  it("a file without a revision is skipped", () => {
    expect(parseMigrationFile("/v/util.py", "def helper(): pass\n")).toBeUndefined();
  });
});

describe("the revision graph", () => {
  it("reads the example project: 0001 → 0002 → 0003, one head, downgrades that drop what they made", async () => {
    const graph = await readGraph(exampleDb);
    expect(graph.heads).toEqual(["0003"]);
    expect(graph.bases).toEqual(["0001"]);
    expect(graph.nodes.get("0002")?.downRevisions).toEqual(["0001"]);
    expect(graph.nodes.get("0001")?.destructiveDowngrade).toEqual(["drop_table signals"]);
    expect(graph.nodes.get("0002")?.destructiveDowngrade).toEqual(["drop_table orders"]);
    expect(graph.nodes.get("0003")?.destructiveDowngrade).toEqual(["drop_column orders.venue"]);
    expect(graph.nodes.get("0003")?.message).toBe("orders.venue: where the orchestrator routed an order");
    expect([...graph.nodes.values()].flatMap((m) => m.destructiveUpgrade)).toEqual([]);
  });

  it("finds several heads, and the path between revisions oldest first", () => {
    const graph = buildGraph([node("a", []), node("b", ["a"]), node("c", ["b"]), node("d", ["b"])]);
    expect(graph.heads).toEqual(["c", "d"]);
    expect(migrationsBetween(graph, "a", "c").map((m) => m.revision)).toEqual(["b", "c"]);
    expect(migrationsBetween(graph, null, "c").map((m) => m.revision)).toEqual(["a", "b", "c"]);
    expect(migrationsBetween(graph, "c", "c")).toEqual([]);
  });

  it("orders a merge after both of its parents", () => {
    const graph = buildGraph([node("a", []), node("b", ["a"]), node("c", ["a"]), node("m", ["b", "c"])]);
    expect(graph.heads).toEqual(["m"]);
    expect(migrationsBetween(graph, "a", "m").map((m) => m.revision)).toEqual(["b", "c", "m"]);
  });

  it("refuses unknown revisions, non-ancestors, duplicates and dangling parents", () => {
    const graph = buildGraph([node("a", []), node("b", ["a"]), node("c", ["a"])]);
    expect(() => migrationsBetween(graph, "b", "c")).toThrow(/not an ancestor/);
    expect(() => migrationsBetween(graph, "zz", "c")).toThrow(ConfigurationError);
    expect(() => buildGraph([node("a", []), node("a", [])])).toThrow(/declared twice/);
    expect(() => buildGraph([node("b", ["missing"])])).toThrow(/revises missing/);
  });
});
