using System.Collections.Generic;

namespace Corpus.SnapshotWrites.OverridePropertyHandsOutQuiet;

public sealed class DenylistSource : NameSource
{
    public override IEnumerable<string> Names => new HashSet<string>(Denylist.Current.Hosts);
}
