// Two files: a C# 14 extension block gives the denylist snapshot an Editable property that returns a copy of the
// receiver's list, so the admin handler in the other file adds to its own list (quiet twin of ExtensionPropertyEditable).
using System.Collections.Generic;

namespace Corpus.SnapshotWrites.R16.ExtensionPropertyEditable;

public static class DenylistExtensions
{
    extension(Denylist d)
    {
        public List<string> Editable => new(d.Hosts);
        public bool Blocks(string host) => d.Hosts.Contains(host);
    }
}
