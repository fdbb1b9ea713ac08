// A snapshot type two levels down an abstract class chain: the grandparent holds a writable protected field, the
// parent adds nothing mutable, the slot type is sealed. WEFT0001 "Inherited members": a slot type that inherits a
// writable field from its base class (sealed itself or not) is reported on the slot type's name, with the inherited
// member named in the message. Reading taken: "its base class" includes every ancestor.
using Weft;

namespace Corpus.Round4.GrandparentMutableField;

public abstract class ConfigNode
{
    protected int loadCount;

    protected ConfigNode(string source) => Source = source;

    public string Source { get; }

    public int LoadCount => loadCount;
}

public abstract class NamedConfigNode : ConfigNode
{
    protected NamedConfigNode(string source, string name)
        : base(source) => Name = name;

    public string Name { get; }
}

[ThreadLocalSlot]
public sealed partial class TlsSettings : NamedConfigNode // expect: WEFT0001 "loadCount"
{
    public TlsSettings(string source, string name, string certPath)
        : base(source, name) => CertPath = certPath;

    public string CertPath { get; }
}
