// C# 14 extension property returning an ImmutableArray copy of the registry's list, broadcast as the state.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.R12.ExtensionPropertyBroadcastQuiet;

public sealed class Registry
{
    internal readonly List<string> Names = ["a", "b"];
}

public sealed class Pending
{
    public List<string> Names { get; } = [];
}

public static class RegistryExtensions
{
    extension(Registry registry)
    {
        public IReadOnlyList<string> View => registry.Names.ToImmutableArray();
    }
}

public static class Sync
{
    public static Task Push(Slot<Pending> slot, Registry registry) =>
        slot.RunOnAllThreadsAsync(static (pending, names) => pending.Names.AddRange(names), registry.View);
}
