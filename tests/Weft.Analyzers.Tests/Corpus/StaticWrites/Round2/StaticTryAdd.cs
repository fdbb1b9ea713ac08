// Round 2. TryAdd on a static Dictionary from a [WorkerUpdate]: every worker mutates it at once.
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.Round2.TryAdd;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Interner
{
    private static readonly Dictionary<string, string> s_names = new();

    [WorkerUpdate]
    public void Intern(string name)
    {
        s_names.TryAdd(name, name); // expect: WEFT0006
    }
}
