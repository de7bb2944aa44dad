// The address picker without round trips: a chosen province fills the district list from /geo/districts, a chosen
// district the subdistrict list from /geo/subdistricts, and a chosen subdistrict its postcode. Without this script
// the picker's "choose" buttons ask the server for the same lists, so the buttons are hidden only here.
(function () {
  'use strict';

  function reset(select) {
    var placeholder = select.options[0];
    placeholder.textContent = placeholder.dataset.waiting;
    select.length = 1;
    select.value = '';
  }

  function fill(select, items, extra) {
    reset(select);
    items.forEach(function (item) {
      var option = document.createElement('option');
      option.value = item.nameTh;
      option.textContent = item.nameTh;
      option.dataset.id = item.id;
      if (extra) {
        extra(option, item);
      }
      select.appendChild(option);
    });
    if (items.length) {
      select.options[0].textContent = select.options[0].dataset.choose;
    }
  }

  function load(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.ok ? response.json() : [];
    });
  }

  function selectedId(select) {
    var option = select.options[select.selectedIndex];
    return option && option.dataset.id;
  }

  document.querySelectorAll('[data-address-picker]').forEach(function (picker) {
    var province = picker.querySelector('[data-level=province]');
    var district = picker.querySelector('[data-level=district]');
    var subdistrict = picker.querySelector('[data-level=subdistrict]');
    var postcode = picker.querySelector('[data-level=postcode]');
    picker.querySelectorAll('button.choose').forEach(function (button) {
      button.hidden = true;
    });

    province.addEventListener('change', function () {
      reset(district);
      reset(subdistrict);
      if (!province.value) {
        return;
      }
      load('/geo/districts?province=' + encodeURIComponent(province.value)).then(function (districts) {
        fill(district, districts);
      });
    });

    district.addEventListener('change', function () {
      reset(subdistrict);
      var id = selectedId(district);
      if (!id) {
        return;
      }
      load('/geo/subdistricts?district=' + encodeURIComponent(id)).then(function (subdistricts) {
        fill(subdistrict, subdistricts, function (option, item) {
          option.dataset.postcodes = item.postcodes.join(' ');
        });
      });
    });

    subdistrict.addEventListener('change', function () {
      var option = subdistrict.options[subdistrict.selectedIndex];
      var codes = option && option.dataset.postcodes ? option.dataset.postcodes.split(' ') : [];
      if (postcode && codes.length && codes.indexOf(postcode.value) < 0) {
        postcode.value = codes[0];
      }
    });
  });
})();
