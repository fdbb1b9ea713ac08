// An exception filter with a side effect: the per-worker type's private static helper counts errors in a static
// field while deciding the filter, on every worker at once. Reported in the helper (the type's own code).
using System;
using Weft;

namespace Corpus.R11.ExceptionFilterCounts;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Conn
{
    private static int s_errors;

    private int _open;

    [WorkerUpdate]
    private void Reopen(string host)
    {
        try
        {
            _open = host.Length == 0 ? throw new InvalidOperationException() : 1;
        }
        catch (Exception e) when (Count(e))
        {
        }
    }

    private static bool Count(Exception e)
    {
        s_errors++; // expect: WEFT0006
        return e is not InvalidOperationException;
    }
}
