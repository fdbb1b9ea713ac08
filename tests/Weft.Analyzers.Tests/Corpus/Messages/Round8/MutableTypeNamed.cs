// WEFT0001's message says field or property and names the mutable type; WEFT0005's names the member read.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Messages.R8.MutableTypeNamed;

[ThreadLocalSlot]
public sealed partial class PoolSettings
{
    public readonly Dictionary<string, int> MaxPerHost = new(); // expect: WEFT0001 "field" "MaxPerHost" "Dictionary<string, int>"
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001 "property" "Hosts" "List<string>"
}

public static class Probe
{
    public static Task<int> CountAsync() => Task.Run(() => PoolSettings.Current.Hosts.Count); // expect: WEFT0005 "Current"
}
