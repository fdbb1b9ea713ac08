// A project of several files: a C# 14 extension property declared IReadOnlyList<string> that returns the registry's
// own list
// lives here; Push.cs broadcasts what it returns to every worker (judged by what every return hands back).
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Corpus.R12.ExtensionViewElsewhere;

public sealed class Registry
{
    internal List<string> Hosts { get; } = ["a", "b"];
}

public static class RegistryExtensions
{
    extension(Registry registry)
    {
        public IReadOnlyList<string> Snapshot => registry.Hosts;
    }
}
