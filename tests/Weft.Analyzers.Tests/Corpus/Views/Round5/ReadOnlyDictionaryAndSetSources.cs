// WEFT0002: read-only views published with their source still open: `dict.AsReadOnly()` (the IDictionary extension),
// `new ReadOnlyDictionary<K,V>(dict)` and `new ReadOnlySet<T>(set)` (.NET 9); the sources are written after the
// publish. The page names `AsReadOnly()` and `ReadOnlyCollection<T>`; these are the same kind of view.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Weft;

namespace Corpus5a.ReadOnlyDictionaryAndSetSources;

public sealed class Acl
{
    public IReadOnlyDictionary<string, int> Limits { get; init; } = new Dictionary<string, int>();
    public IReadOnlySet<string> Blocked { get; init; } = new HashSet<string>();
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>();
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Acl>();
        var limits = new Dictionary<string, int> { ["a"] = 1 };
        var blocked = new HashSet<string> { "x" };
        var aliases = new Dictionary<string, string>();
        slot.Publish(new Acl { Limits = limits.AsReadOnly(), Blocked = new ReadOnlySet<string>(blocked), Aliases = new ReadOnlyDictionary<string, string>(aliases) });
        limits["a"] = 2; // expect: WEFT0002
        blocked.Add("y"); // expect: WEFT0002
        aliases.Add("k", "v"); // expect: WEFT0002
    }
}
