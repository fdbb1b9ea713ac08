// A project of several files: a tally behind an interface; its Add (this file) is handed to RunOnAllThreads as a
// method group through an interface-typed local in the other file. The page: every thread runs Add on the one tally;
// with Add in another file, reported at the method group.
using System.Collections.Generic;
using System.Threading;

namespace Corpus.PerWorkerCallbacks.InterfaceMethodGroupUpdateQuiet;

public interface ITally<T>
{
    void Add(T item);
}

public sealed class ConnectionTally : ITally<Dictionary<string, int>>
{
    private int _connections;

    public int Connections => _connections;

    public void Add(Dictionary<string, int> perHost)
    {
        foreach (var count in perHost.Values)
        {
            Interlocked.Add(ref _connections, count);
        }
    }
}
