// The quiet twin: the hosts are recorded one by one on the worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.ParallelForEachMethodGroupQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Seen
{
    public HashSet<string> Hosts { get; } = new();
}

public sealed class Recorder
{
    private readonly HashSet<string> _hosts;

    public Recorder(HashSet<string> hosts) => _hosts = hosts;

    public void Record(string host) => _hosts.Add(host);
}

public static class Import
{
    public static void Run(IReadOnlyList<string> hosts)
    {
        var recorder = new Recorder(Seen.Current.Hosts);
        foreach (var host in hosts)
        {
            recorder.Record(host);
        }
    }
}
