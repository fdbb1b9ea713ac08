// WEFT0006 across files: the static counters are declared in this file; a [WorkerUpdate] method of the per-worker
// type in Router.cs increments one.
namespace Corpus.StaticWrites.R9.StaticDeclaredElsewhere;

public static class Totals
{
    public static long Reroutes;

    public static long Snapshot() => System.Threading.Interlocked.Read(ref Reroutes);
}
