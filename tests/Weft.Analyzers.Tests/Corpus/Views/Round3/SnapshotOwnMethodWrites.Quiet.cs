// Round 3. Worker code only calls the snapshot's reading method.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.SnapshotOwnMethodWrites;

[ThreadLocalSlot]
public sealed partial class Seen
{
    private readonly List<string> _hosts = new(); // expect: WEFT0001 "_hosts"

    public void Note(string host) => _hosts.Add(host);

    public bool Has(string host) => _hosts.Contains(host);
}

public static class Tracker
{
    public static bool Visit(string host) => Seen.Current.Has(host);
}
