using System.Runtime.InteropServices;
using Weft;

namespace Corpus.StaticWrites.R9.RefDictionaryElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counting
{
    private int _local;

    public void Hit(string key)
    {
        _local++;
        lock (Registry.Hits)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(Registry.Hits, key, out _)++;
        }
    }
}
