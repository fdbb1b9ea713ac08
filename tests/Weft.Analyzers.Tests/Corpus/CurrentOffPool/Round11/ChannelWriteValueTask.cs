// A channel write returns a ValueTask; configured with ConfigureAwait(false), the code after it is off the loop.
using System.Collections.Immutable;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.ChannelWriteValueTask;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Forwarder
{
    public static async ValueTask<int> ForwardAsync(ChannelWriter<string> writer, string line)
    {
        await writer.WriteAsync(line).ConfigureAwait(false);
        return Routes.Current.Hosts.Length; // expect: WEFT0005
    }
}
