using System.Collections.Generic;
using System.Threading;

namespace Corpus.WorkerState.R9.WorkerOwnedElsewhere;

public static class Audit
{
    public static void Dump(SessionContext context)
    {
        string[] events = context.Events.ToArray();
        var thread = new Thread(() => System.IO.File.AppendAllLines("audit.log", events));
        thread.Start();
    }
}
