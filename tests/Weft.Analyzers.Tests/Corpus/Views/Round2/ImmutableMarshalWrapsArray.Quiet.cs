// Round 2. ImmutableArray.Create copies the array; writing the source afterwards does not reach the workers.
using System.Collections.Immutable;
using Weft.Slots;

namespace Corpus.Views.Round2.AsImmutable;

public sealed record PortSet(ImmutableArray<int> Ports);

public static class Ports
{
    public static void Publish(Slot<PortSet> slot, int[] ports)
    {
        slot.Publish(new PortSet(ImmutableArray.Create(ports)));
        ports[0] = 443;
    }
}
