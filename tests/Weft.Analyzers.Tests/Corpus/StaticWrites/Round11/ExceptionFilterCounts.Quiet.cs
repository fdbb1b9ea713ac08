// Quiet twin: the filter's helper counts with Interlocked.Increment.
using System;
using System.Threading;
using Weft;

namespace Corpus.R11.ExceptionFilterCountsQuiet;

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
        Interlocked.Increment(ref s_errors);
        return e is not InvalidOperationException;
    }
}
