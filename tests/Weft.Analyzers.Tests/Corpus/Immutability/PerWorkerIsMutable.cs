// The same members in snapshot mode (the default) are shared by every worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.PerWorker;

[ThreadLocalSlot]
public sealed partial class ConnectionCache
{
    public List<string> Recent { get; set; } = new(); // expect: WEFT0001
    public int[] Histogram = new int[16]; // expect: WEFT0001
    public Dictionary<string, int> ByHost { get; } = new(); // expect: WEFT0001
}
