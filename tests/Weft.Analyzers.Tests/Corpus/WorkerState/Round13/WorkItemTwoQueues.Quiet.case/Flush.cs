// A project of several files: a work item that implements both the pool's IThreadPoolWorkItem and Weft's
// IDispatcherWorkItem with one Execute that drains the list it was given. Its body is in this file; the code that
// queues it is in the other, so the page's rule for a body in another file applies: reported at the argument.
using System.Collections.Generic;
using System.Threading;
using Weft.Threading;

namespace Corpus.WorkerState.WorkItemTwoQueuesQuiet;

public sealed class Flush : IThreadPoolWorkItem, IDispatcherWorkItem
{
    private readonly List<string> _pending;

    public Flush(List<string> pending) => _pending = pending;

    public void Execute() => _pending.Clear();
}
