// Round 3. A method of the snapshot type itself writes its own readonly list; worker code calls it through Current. The docs do not say whether the report lands on the call through Current or inside the method, so either.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.SnapshotOwnMethodWrites;

[ThreadLocalSlot]
public sealed partial class Seen
{
    private readonly List<string> _hosts = new(); // expect: WEFT0001 "_hosts"

    public void Note(string host) => _hosts.Add(host); // expect: WEFT0003 #escape

    public bool Has(string host) => _hosts.Contains(host);
}

public static class Tracker
{
    public static void Visit(string host) => Seen.Current.Note(host); // expect: WEFT0003 #escape
}
