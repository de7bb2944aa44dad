/** Orders to fulfil: new orders first, accept, pack, ship with a tracking number, cancel, packing slips. */
package th.otop.sellerportal.fulfilment;
