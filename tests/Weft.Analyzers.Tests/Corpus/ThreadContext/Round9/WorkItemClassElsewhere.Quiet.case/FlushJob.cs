// WEFT0004 across files: an IThreadPoolWorkItem class (this file) keeps the list its constructor is given and clears
// it in Execute; Flushing.cs builds one over a worker's list and queues it to the pool. Reported where it is handed.
using System.Collections.Generic;
using System.Threading;

namespace Corpus.ThreadContext.R9.WorkItemClassElsewhere;

public sealed class FlushJob(List<string> lines) : IThreadPoolWorkItem
{
    public void Execute()
    {
        System.Console.Out.Write(string.Join('\n', lines));
        lines.Clear();
    }
}
