using System;
using System.Threading;

namespace Corpus.CurrentOffPool.R9.InterfaceSchedulerElsewhere;

public sealed class PoolQueue : IBackgroundQueue
{
    public void Enqueue(Action work) => ThreadPool.QueueUserWorkItem(_ => work());
}
