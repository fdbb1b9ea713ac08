// The same total kept with Interlocked.Add on the static object's field.
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.R12.NullConditionalCompoundQuiet;

public sealed class Totals
{
    public long Bytes;
}

public static class Accounting
{
    private static readonly Totals s_totals = new();

    public static void Post(Dispatcher worker, long bytes) =>
        worker.Post(() => Interlocked.Add(ref s_totals.Bytes, bytes));
}
