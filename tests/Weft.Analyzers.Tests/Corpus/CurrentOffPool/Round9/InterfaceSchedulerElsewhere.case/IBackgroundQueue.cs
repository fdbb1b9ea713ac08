// WEFT0005 across files: an interface whose parameter is marked [RunsOnAnotherThread] is declared here, implemented in
// PoolQueue.cs, and called through the interface in Reporter.cs with a lambda reading a snapshot's Current.
using System;
using Weft;

namespace Corpus.CurrentOffPool.R9.InterfaceSchedulerElsewhere;

public interface IBackgroundQueue
{
    void Enqueue([RunsOnAnotherThread] Action work);
}

[ThreadLocalSlot]
public sealed partial class ReportConfig
{
    public string Target { get; init; } = "stdout";
}
