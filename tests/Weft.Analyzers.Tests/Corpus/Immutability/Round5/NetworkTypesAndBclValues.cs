// WEFT0001: IPEndPoint and IPAddress members. The page names IPEndPoint as a type "the analyzer cannot prove immutable"
// (its Address and Port have setters), so without weft.immutable_types it is reported; IPAddress has a settable
// ScopeId.
using System.Net;
using Weft;

namespace Corpus5a.NetworkTypesAndBclValues;

[ThreadLocalSlot]
public sealed partial class Upstream
{
    public IPEndPoint Endpoint { get; init; } = new(IPAddress.Loopback, 80); // expect: WEFT0001
    public IPAddress Bind { get; init; } = IPAddress.Any; // expect: WEFT0001
    public string Name { get; init; } = "";
}
