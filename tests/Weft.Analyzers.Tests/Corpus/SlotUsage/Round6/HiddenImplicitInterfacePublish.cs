// WEFT0109: an instance `PublishAsync()` implementing a user interface implicitly on a snapshot slot type: it is a
// member named PublishAsync, whatever its signature.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenImplicitInterfacePublish;

public interface IPublisher
{
    Task PublishAsync();
}

[ThreadLocalSlot]
public sealed partial class Routes : IPublisher
{
    public int Version { get; init; }

    public Task PublishAsync() => Task.CompletedTask; // expect: WEFT0109 "PublishAsync"
}
