using System.Linq;

namespace EdgeProxy.Tests;

/// <summary>The harness's ports for child proxies cannot be taken by the kernel's ephemeral allocation before the child binds them.</summary>
public sealed class FreePortTests
{
    [Fact]
    public void Ports_handed_out_are_below_the_ephemeral_range_and_never_repeat()
    {
        int ephemeralFrom = EdgeProxyProcess.EphemeralPortsFrom();
        Assert.True(ephemeralFrom > 11_000, $"this machine's ephemeral range starts at {ephemeralFrom}: the harness cannot keep its ports out of it");
        int[] ports = Enumerable.Range(0, 50).Select(_ => EdgeProxyProcess.FreePort()).ToArray();
        Assert.All(ports, port => Assert.InRange(port, 10_000, ephemeralFrom - 1));
        Assert.Equal(ports.Length, ports.Distinct().Count());
    }
}
