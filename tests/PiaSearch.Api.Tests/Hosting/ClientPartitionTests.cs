using System.Net;
using PiaSearch.Api.Hosting;

namespace PiaSearch.Api.Tests.Hosting;

public sealed class ClientPartitionTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void Of_Address_IsTheClientsIPv4OrIPv6Slash64(string address, string expected)
    {
        Assert.Equal(expected, ClientPartition.Of(IPAddress.Parse(address)));
    }

    [Fact]
    public void Of_NoAddress_IsOneSharedPartition()
    {
        Assert.Equal("unknown", ClientPartition.Of((IPAddress?)null));
    }
}
