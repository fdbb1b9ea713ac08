// Quiet twin of HiddenImplicitInterfacePublish: the interface is implemented explicitly; `IPublisher.PublishAsync`
// is not a member named PublishAsync that C# code could call on Routes, so the generated one is not hidden.
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

    Task IPublisher.PublishAsync() => Task.CompletedTask;
}
