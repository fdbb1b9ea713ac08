// WEFT0006: a static lambda posted with Post<TState> (a posted callback: worker code) appends to a static
// StringBuilder (page: "a `StringBuilder`'s `Append`"), chained.
using System.Text;
using Weft;

namespace Corpus.Round4.StaticBuilderPostState;

public static class AuditTrail
{
    static readonly StringBuilder s_trail = new();

    public static void Record(WorkerPool pool, int worker, string line) =>
        pool.Workers[worker].Post(static l => s_trail.Append(l).Append('\n'), line); // expect: WEFT0006
}
