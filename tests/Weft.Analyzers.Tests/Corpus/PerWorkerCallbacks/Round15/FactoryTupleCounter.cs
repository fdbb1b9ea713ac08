// Round 15, WEFT0008 in a per-worker factory: it counts the workers it built and remembers the last worker's name with
// one tuple assignment to two captured locals, run on every worker at once.
using System.Threading;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Round15.FactoryTupleCounter;

public sealed class Scratch(string owner)
{
    public string Owner { get; } = owner;
    public byte[] Buffer { get; } = new byte[4096];
}

public sealed class ScratchSetup(Slot<Scratch> scratch)
{
    public (int Made, string? Last) Install()
    {
        int made = 0;
        string? last = null;
        scratch.Set(d =>
        {
            (made, last) = (made + 1, d.Name); // expect: WEFT0008
            return new Scratch(d.Name);
        });
        return (made, last);
    }
}
