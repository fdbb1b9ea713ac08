// Setter forms other than a public `set`: a private setter (an instance method can still change a published
// snapshot), a `required` member with `set`, an internal setter, and an explicit interface implementation with a
// setter (settable through the interface). All are "a settable property" (WEFT0001).
using Weft;

namespace Corpus.Round4.SetterVariants;

public interface IVersioned
{
    int Version { get; set; }
}

[ThreadLocalSlot]
public sealed partial class ListenerConfig : IVersioned
{
    public int Port { get; private set; } // expect: WEFT0001 "Port"
    public required string Name { get; set; } // expect: WEFT0001 "Name"
    internal int Backlog { get; set; } = 128; // expect: WEFT0001 "Backlog"
    int IVersioned.Version { get; set; } // expect: WEFT0001 "Version"

    public void MovePort(int port) => Port = port;
}
