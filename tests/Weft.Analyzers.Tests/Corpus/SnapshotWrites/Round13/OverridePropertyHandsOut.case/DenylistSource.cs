using System.Collections.Generic;

namespace Corpus.SnapshotWrites.OverridePropertyHandsOut;

public sealed class DenylistSource : NameSource
{
    public override IEnumerable<string> Names => Denylist.Current.Hosts;
}
