// Quiet twin of SetterVariants: get-only, `required` with `init`, internal `init`, and an explicit interface
// implementation of a get-only interface property.
using Weft;

namespace Corpus.Round4.SetterVariantsQuiet;

public interface IVersioned
{
    int Version { get; }
}

[ThreadLocalSlot]
public sealed partial class ListenerConfig : IVersioned
{
    public ListenerConfig(int port) => Port = port;

    public int Port { get; }
    public required string Name { get; init; }
    internal int Backlog { get; init; } = 128;
    int IVersioned.Version => 3;

    public ListenerConfig WithPort(int port) => new(port) { Name = Name, Backlog = Backlog };
}
