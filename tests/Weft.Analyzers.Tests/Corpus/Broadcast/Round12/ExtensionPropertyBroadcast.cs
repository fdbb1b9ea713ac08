// C# 14 extension property returning a registry's own list, broadcast as the state of RunOnAllThreadsAsync.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.R12.ExtensionPropertyBroadcast;

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
        public IReadOnlyList<string> View => registry.Names;
    }
}

public static class Sync
{
    public static Task Push(Slot<Pending> slot, Registry registry) =>
        slot.RunOnAllThreadsAsync(static (pending, names) => pending.Names.AddRange(names), registry.View); // expect: WEFT0007
}
