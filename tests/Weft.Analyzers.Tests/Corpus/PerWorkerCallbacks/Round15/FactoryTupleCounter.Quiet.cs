// Round 15, WEFT0008 quiet twin: the factory counts with Interlocked.Increment and publishes the last name with
// Volatile.Write.
using System.Threading;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Round15.FactoryTupleCounterQuiet;

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
            Interlocked.Increment(ref made);
            Volatile.Write(ref last, d.Name);
            return new Scratch(d.Name);
        });
        return (made, last);
    }
}
