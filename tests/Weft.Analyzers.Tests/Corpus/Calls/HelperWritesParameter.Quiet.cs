// The helper runs before the publish; after it only a read-only helper touches the published list.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Calls.WritesParameter;

public sealed class BackendDirectory
{
    private readonly Slot<List<string>> _backends;

    public BackendDirectory(WorkerPool pool) => _backends = pool.AllocateSlot<List<string>>();

    public int Count { get; private set; }

    public async Task StartAsync(IEnumerable<string> initial)
    {
        var backends = new List<string>(initial);
        AddFallback(backends);
        await _backends.PublishAsync(backends);
        Count = CountLocal(backends);
    }

    private static void AddFallback(List<string> backends)
    {
        if (backends.Count == 0)
        {
            backends.Add("127.0.0.1:8080");
        }
    }

    private static int CountLocal(IReadOnlyList<string> backends)
    {
        int n = 0;
        foreach (string b in backends)
        {
            if (b.StartsWith("127.", System.StringComparison.Ordinal))
            {
                n++;
            }
        }

        return n;
    }
}
