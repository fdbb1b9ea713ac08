// WEFT0005: the continue-on-context flag is a named constant (false) and, in the second method, a named argument;
// both are constants, so the awaits may resume off the loop (WEFT0005 page: a flag that is not a constant is taken to
// stay — these are constants).
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ConstantFlagConfigureAwait;

[ThreadLocalSlot]
public sealed partial class MimeTable
{
    public ImmutableDictionary<string, string> ByExtension { get; init; } = ImmutableDictionary<string, string>.Empty;
}

public sealed class StaticFileHandler
{
    const bool ResumeOnLoop = false;

    public async Task<string> ContentTypeAsync(Stream body, string path)
    {
        await body.FlushAsync().ConfigureAwait(ResumeOnLoop);
        var table = MimeTable.Current; // expect: WEFT0005
        return table.ByExtension.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
    }

    public async Task<string> SniffAsync(Stream body, byte[] head)
    {
        _ = await body.ReadAsync(head).ConfigureAwait(continueOnCapturedContext: false);
        return MimeTable.Current.ByExtension.GetValueOrDefault(".bin", "application/octet-stream"); // expect: WEFT0005
    }
}
