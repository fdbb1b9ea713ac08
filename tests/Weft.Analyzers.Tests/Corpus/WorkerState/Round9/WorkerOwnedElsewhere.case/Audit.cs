using System.Collections.Generic;
using System.Threading;

namespace Corpus.WorkerState.R9.WorkerOwnedElsewhere;

public static class Audit
{
    public static void Dump(SessionContext context)
    {
        List<string> events = context.Events;
        var thread = new Thread(() => System.IO.File.AppendAllLines("audit.log", events)); // expect: WEFT0004
        thread.Start();
    }
}
