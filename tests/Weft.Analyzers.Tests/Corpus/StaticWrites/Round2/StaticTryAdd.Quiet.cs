// Round 2. The static map is a ConcurrentDictionary.
using System.Collections.Concurrent;
using Weft;

namespace Corpus.StaticWrites.Round2.TryAdd;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Interner
{
    private static readonly ConcurrentDictionary<string, string> s_names = new();

    [WorkerUpdate]
    public void Intern(string name)
    {
        s_names.TryAdd(name, name);
    }
}
