// `??=` on a static from a [WorkerUpdate]: two workers may both see null and build two instances.
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.LazyStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Codecs
{
    private static Dictionary<string, int>? s_registry;
    private readonly List<string> _names = new();

    [WorkerUpdate]
    private void Register(string name)
    {
        s_registry ??= new Dictionary<string, int>(); // expect: WEFT0006
        _names.Add(name);
    }
}
