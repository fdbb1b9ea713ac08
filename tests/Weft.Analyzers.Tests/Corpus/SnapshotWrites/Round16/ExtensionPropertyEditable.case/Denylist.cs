using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R16.ExtensionPropertyEditable;

[ThreadLocalSlot]
public sealed partial class Denylist
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public static class DenyHandler
{
    public static List<string> WithTemporaryBlock(string host)
    {
        var editable = Denylist.Current.Editable;
        if (!Denylist.Current.Blocks(host))
            editable.Add(host); // expect: WEFT0003
        return editable;
    }
}
