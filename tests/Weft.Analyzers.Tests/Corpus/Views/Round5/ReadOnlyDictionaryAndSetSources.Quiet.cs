// Quiet twin of ReadOnlyDictionaryAndSetSources: the views are built over copies (new Dictionary(x), new HashSet(x)),
// so writing the originals after the publish changes nothing a worker can see.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Weft;

namespace Corpus5a.ReadOnlyDictionaryAndSetSourcesQuiet;

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
        slot.Publish(new Acl { Limits = new Dictionary<string, int>(limits).AsReadOnly(), Blocked = new ReadOnlySet<string>(new HashSet<string>(blocked)), Aliases = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(aliases)) });
        limits["a"] = 2;
        blocked.Add("y");
        aliases.Add("k", "v");
    }
}
