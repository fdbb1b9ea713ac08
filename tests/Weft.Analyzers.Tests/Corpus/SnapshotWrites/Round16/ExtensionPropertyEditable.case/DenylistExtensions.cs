// Two files: a C# 14 extension block gives the denylist snapshot an Editable property. Here it returns the receiver's
// own list, so the admin handler in the other file that adds to it writes the snapshot (reported at the caller).
using System.Collections.Generic;

namespace Corpus.SnapshotWrites.R16.ExtensionPropertyEditable;

public static class DenylistExtensions
{
    extension(Denylist d)
    {
        public List<string> Editable => d.Hosts;
        public bool Blocks(string host) => d.Hosts.Contains(host);
    }
}
