// Quiet twin of GrandparentMutableField: the same abstract chain with a readonly field set in the grandparent's
// constructor; nothing the slot type inherits can change after construction.
using Weft;

namespace Corpus.Round4.GrandparentMutableFieldQuiet;

public abstract class ConfigNode
{
    protected readonly int loadCount;

    protected ConfigNode(string source, int loads)
    {
        Source = source;
        loadCount = loads;
    }

    public string Source { get; }

    public int LoadCount => loadCount;
}

public abstract class NamedConfigNode : ConfigNode
{
    protected NamedConfigNode(string source, string name)
        : base(source, 1) => Name = name;

    public string Name { get; }
}

[ThreadLocalSlot]
public sealed partial class TlsSettings : NamedConfigNode
{
    public TlsSettings(string source, string name, string certPath)
        : base(source, name) => CertPath = certPath;

    public string CertPath { get; }
}
