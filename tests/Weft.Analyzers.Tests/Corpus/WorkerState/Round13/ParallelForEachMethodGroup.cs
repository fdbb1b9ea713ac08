// A recorder made here over the worker's set is handed to Parallel.ForEach as a method group: every pool thread runs
// Record, which adds to the worker's set (the page: a method of an object made here, handed over as a method group,
// takes along what it reads of the object's fields; reported where it is handed).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.ParallelForEachMethodGroup;

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
        Parallel.ForEach(hosts, recorder.Record); // expect: WEFT0004
    }
}
